sitrepSearchData("terms/t-bes",{"best":"NRB88"});
