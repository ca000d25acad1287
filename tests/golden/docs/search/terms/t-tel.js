sitrepSearchData("terms/t-tel",{"telegram":"QNXdg","television":"QNXd8"});
