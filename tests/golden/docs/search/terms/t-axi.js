sitrepSearchData("terms/t-axi",{"axis":"PYE6g"});
