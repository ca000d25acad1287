sitrepSearchData("terms/t-squ",{"squadron":"XwS48","square":"NRB88yYS58"});
