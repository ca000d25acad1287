sitrepSearchData("terms/x-d187d0b2d0ba",{"чвк":"WFZl2"});
