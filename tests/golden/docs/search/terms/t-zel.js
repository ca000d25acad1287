sitrepSearchData("terms/t-zel",{"zelenskij":"-R-v6","zelenskiy":"-R-v6","zelensky":"NRB8x0JwVn6","zelenskyi":"-R-v6","zelenskyy":"QNXdoxxE5gFyXd6"});
