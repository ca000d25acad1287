sitrepSearchData("terms/t-yea",{"year":"PYE6g"});
