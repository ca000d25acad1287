sitrepSearchData("terms/t-low",{"low":"PYE6g"});
