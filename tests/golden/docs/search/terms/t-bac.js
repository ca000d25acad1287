sitrepSearchData("terms/t-bac",{"back":"NRB8x8zZ-a8","backed":"IS-28","backer":"RPzi8","backstop":"QNXd8"});
