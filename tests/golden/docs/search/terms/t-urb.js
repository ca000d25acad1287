sitrepSearchData("terms/t-urb",{"urban":"PYE6g"});
