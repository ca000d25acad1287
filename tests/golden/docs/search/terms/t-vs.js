sitrepSearchData("terms/t-vs",{"vs":"PYE61"});
