sitrepSearchData("terms/t-org",{"organisation":"QCMj2","organization":"QCMjaxIOv8","organized":"QNXd8"});
