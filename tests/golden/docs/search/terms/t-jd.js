sitrepSearchData("terms/t-jd",{"jd":"AA92"});
