sitrepSearchData("terms/t-gre",{"great":"U-Ll2"});
