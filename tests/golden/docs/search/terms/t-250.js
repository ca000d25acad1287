sitrepSearchData("terms/t-250",{"250":"PYE6g"});
