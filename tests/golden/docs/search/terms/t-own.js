sitrepSearchData("terms/t-own",{"own":"NRB88"});
