sitrepSearchData("terms/t-tun",{"tunguska":"QNXdgDFVm6"});
