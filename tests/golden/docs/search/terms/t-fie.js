sitrepSearchData("terms/t-fie",{"field":"PYE6g"});
