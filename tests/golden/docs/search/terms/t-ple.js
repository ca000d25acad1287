sitrepSearchData("terms/t-ple",{"pledged":"RPzi8BJOi8"});
