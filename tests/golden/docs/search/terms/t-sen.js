sitrepSearchData("terms/t-sen",{"senator":"AA98","sending":"RPzi8","senior":"ELQc8JzL6x0DBRl8","sensitive":"RPzi8","sent":"XwS48"});
