sitrepSearchData("terms/t-uk",{"uk":"U-Ll6"});
