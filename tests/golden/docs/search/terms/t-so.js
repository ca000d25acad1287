sitrepSearchData("terms/t-so",{"so":"PYE6g"});
