sitrepSearchData("terms/t-doc",{"documents":"_XNm8"});
