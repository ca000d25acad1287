sitrepSearchData("terms/t-dur",{"during":"NRB8oyYS58"});
