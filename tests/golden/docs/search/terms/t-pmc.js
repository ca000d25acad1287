sitrepSearchData("terms/t-pmc",{"pmc":"WFZl2"});
