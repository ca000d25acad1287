sitrepSearchData("terms/t-dmi",{"dmitry":"WFZl8"});
