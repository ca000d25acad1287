sitrepSearchData("terms/x-d0b3d180d183",{"группа":"WFZl2"});
