sitrepSearchData("terms/t-fai",{"failing":"NRB88"});
