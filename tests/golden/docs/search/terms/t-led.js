sitrepSearchData("terms/t-led",{"led":"WFZl8"});
