sitrepSearchData("terms/t-lis",{"listen":"NRB88"});
