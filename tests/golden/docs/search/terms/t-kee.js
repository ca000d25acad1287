sitrepSearchData("terms/t-kee",{"keep":"NRB88yYS58"});
