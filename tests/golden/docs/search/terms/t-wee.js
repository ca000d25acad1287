sitrepSearchData("terms/t-wee",{"week":"NRB88yYS58","weeks":"NRB8gzZ-a8"});
