sitrepSearchData("terms/t-chv",{"chvk":"WFZl2"});
