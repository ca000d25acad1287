sitrepSearchData("terms/t-cos",{"cost":"QNXdg"});
