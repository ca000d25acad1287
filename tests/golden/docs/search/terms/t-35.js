sitrepSearchData("terms/t-35",{"35":"NRB88"});
