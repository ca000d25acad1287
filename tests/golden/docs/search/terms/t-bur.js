sitrepSearchData("terms/t-bur",{"buried":"PYE6g"});
