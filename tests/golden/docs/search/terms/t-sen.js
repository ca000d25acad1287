sitrepSearchData("terms/t-sen",{"senator":"AA98","sending":"FFSl8","senior":"ELQc8Wy9x0PLyi8","sensitive":"FFSl8","sent":"XwS48"});
