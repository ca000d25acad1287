sitrepSearchData("terms/t-coa",{"coal":"SF-g8"});
