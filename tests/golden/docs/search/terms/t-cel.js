sitrepSearchData("terms/t-cel",{"celebrated":"NRB88yYS58"});
