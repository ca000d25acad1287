sitrepSearchData("terms/t-fam",{"familiar":"RPzio"});
