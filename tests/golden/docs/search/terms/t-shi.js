sitrepSearchData("terms/t-shi",{"shift":"RPzi8","shilka":"QNXdgA_W86"});
