sitrepSearchData("terms/t-vid",{"video":"NRB88yYS58"});
