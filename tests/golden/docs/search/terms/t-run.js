sitrepSearchData("terms/t-run",{"running":"PYE6g"});
