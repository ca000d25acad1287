sitrepSearchData("terms/t-omi",{"ominous":"PYE6g"});
