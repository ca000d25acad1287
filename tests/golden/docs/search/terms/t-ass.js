sitrepSearchData("terms/t-ass",{"assault":"JzHiaANVm8","assets":"QNXd8","assistance":"RPzi8"});
