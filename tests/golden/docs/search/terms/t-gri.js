sitrepSearchData("terms/t-gri",{"grison":"XXR32"});
