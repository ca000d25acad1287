sitrepSearchData("terms/t-dyn",{"dynamic":"HPMi8"});
