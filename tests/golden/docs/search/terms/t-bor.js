sitrepSearchData("terms/t-bor",{"border":"PYE6g"});
