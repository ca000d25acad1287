sitrepSearchData("terms/t-k",{"k":"U-Ll2"});
