sitrepSearchData("terms/t-800",{"800":"PYE6g"});
