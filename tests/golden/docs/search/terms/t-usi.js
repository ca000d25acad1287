sitrepSearchData("terms/t-usi",{"using":"PYE6g"});
