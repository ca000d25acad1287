sitrepSearchData("terms/t-ima",{"images":"QNXdg","imagines":"QNXd8"});
