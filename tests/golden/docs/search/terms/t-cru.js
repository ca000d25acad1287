sitrepSearchData("terms/t-cru",{"crucial":"NRB88"});
